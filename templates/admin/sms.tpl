{{%AUTOESCAPE context="HTML"}}
{{!
  短信记录 (newest first). Filter values: MOBILE, PURPOSE, FROM, TO; sections STATUS_queued / STATUS_sent /
  STATUS_delivered / STATUS_failed mark the selected status; MOBILE_ERROR / PURPOSE_ERROR / DATE_ERROR (MESSAGE)
  with *_INVALID. Value TOTAL. Repeated MESSAGE_ROW (ID, CREATED, MOBILE_MASKED, KIND, PURPOSE_CODE, BODY
  (already masked), STATUS_LABEL, STATUS_BADGE, ATTEMPTS, DELIVERED; LAST_ERROR > TEXT; RESEND with F_MOBILE,
  F_PURPOSE, F_STATUS, F_FROM, F_TO, F_PAGE; NO_RESEND). Sections EMPTY, PAGER. CSRF is global.
}}
<h1 class="page-title">短信记录</h1>
<form class="filter-bar" method="get" action="/school/admin/sms" role="search">
<div class="field{{#MOBILE_ERROR_INVALID}} has-error{{/MOBILE_ERROR_INVALID}}">
<label for="mobile">手机号</label>
<input id="mobile" name="mobile" type="search" value="{{MOBILE}}" maxlength="11" inputmode="numeric" placeholder="前 3 位或完整 11 位"{{#MOBILE_ERROR_INVALID}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR_INVALID}}>
{{#MOBILE_ERROR}}<p id="mobile-error" class="field-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
</div>
<div class="field{{#PURPOSE_ERROR_INVALID}} has-error{{/PURPOSE_ERROR_INVALID}}">
<label for="purpose">用途</label>
<input id="purpose" name="purpose" type="search" value="{{PURPOSE}}" maxlength="32" list="purpose-list" placeholder="如 code: 或 notice:"{{#PURPOSE_ERROR_INVALID}} aria-invalid="true" aria-describedby="purpose-error"{{/PURPOSE_ERROR_INVALID}}>
<datalist id="purpose-list"><option value="code:">验证码</option><option value="code:register">学校注册验证码</option><option value="code:reset_password">找回密码验证码</option><option value="code:login_mfa">登录验证码</option><option value="notice:">通知</option><option value="notice:initial_password">初始密码</option><option value="notice:password_reset">重置密码</option></datalist>
{{#PURPOSE_ERROR}}<p id="purpose-error" class="field-error">{{MESSAGE}}</p>{{/PURPOSE_ERROR}}
</div>
<div class="field">
<label for="status">状态</label>
<select id="status" name="status">
<option value="">全部</option>
<option value="queued"{{#STATUS_queued}} selected{{/STATUS_queued}}>待发送</option>
<option value="sent"{{#STATUS_sent}} selected{{/STATUS_sent}}>已发送</option>
<option value="delivered"{{#STATUS_delivered}} selected{{/STATUS_delivered}}>已送达</option>
<option value="failed"{{#STATUS_failed}} selected{{/STATUS_failed}}>失败</option>
</select>
</div>
<div class="field{{#DATE_ERROR_INVALID}} has-error{{/DATE_ERROR_INVALID}}">
<label for="from">开始日期</label>
<input id="from" name="from" type="date" value="{{FROM}}"{{#DATE_ERROR_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR_INVALID}}>
</div>
<div class="field{{#DATE_ERROR_INVALID}} has-error{{/DATE_ERROR_INVALID}}">
<label for="to">结束日期</label>
<input id="to" name="to" type="date" value="{{TO}}"{{#DATE_ERROR_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR_INVALID}}>
{{#DATE_ERROR}}<p id="date-error" class="field-error">{{MESSAGE}}</p>{{/DATE_ERROR}}
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/admin/sms">重置</a></div>
</form>
<p class="list-summary">共 <strong>{{TOTAL}}</strong> 条短信。验证码显示为 ******，密码显示为 ********。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="sms-caption">
<table class="data-table">
<caption id="sms-caption" class="visually-hidden">短信发送记录</caption>
<thead>
<tr><th scope="col">时间</th><th scope="col">手机号</th><th scope="col">用途</th><th scope="col">内容</th><th scope="col">状态</th><th scope="col" class="col-num">尝试次数</th><th scope="col">送达时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#MESSAGE_ROW}}<tr><td class="nowrap">{{CREATED}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td>{{KIND}}<br><span class="muted sms-purpose">{{PURPOSE_CODE}}</span></td><td class="sms-body">{{BODY}}</td><td><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span>{{#LAST_ERROR}}<br><span class="muted">{{TEXT}}</span>{{/LAST_ERROR}}</td><td class="col-num">{{ATTEMPTS}}</td><td class="nowrap">{{DELIVERED}}</td><td>{{#RESEND}}<form method="post" action="/school/admin/sms/resend" data-confirm="确认重发这条短信？"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="mobile" value="{{F_MOBILE}}"><input type="hidden" name="purpose" value="{{F_PURPOSE}}"><input type="hidden" name="status" value="{{F_STATUS}}"><input type="hidden" name="from" value="{{F_FROM}}"><input type="hidden" name="to" value="{{F_TO}}"><input type="hidden" name="page" value="{{F_PAGE}}"><button type="submit" class="btn btn-small btn-secondary">重发</button></form>{{/RESEND}}{{#NO_RESEND}}<span class="muted" title="验证码和密码短信不会重发">不可重发</span>{{/NO_RESEND}}</td></tr>
{{/MESSAGE_ROW}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的短信记录。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
