{{%AUTOESCAPE context="HTML"}}
{{!
  设置 of one school (department area; manual 三(三)/(四)). Values: ID, NAME, REGION, NATURE, TYPE, CONTACT,
  MOBILE (masked unless revealed), STATUS_LABEL; CSRF and STATIC (global). Sections: CAN_REVEAL; ACCOUNT (LOGIN,
  DISABLED, MUST_CHANGE) or NO_ACCOUNT; IS_CENTER (SUBORDINATES, CAN_UNSET) or NOT_CENTER (CAN_SET); HAS_CENTER
  (CENTER_NAME) or NO_CENTER; JOIN (CENTER_OPTION repeated: ID, NAME; NO_CHOICES); CENTER_ERROR (MESSAGE);
  MANAGE (CAN_RESET, MOBILE_MASKED, NEW_MOBILE, ACCOUNT_ERROR > MESSAGE, MOBILE_ERROR > MESSAGE) or INACTIVE;
  CANCEL_APP (STATUS_LABEL, STATUS_BADGE, CAUSE, REASON, SUBMITTED, DECIDED > AT, DECISION_REASON > TEXT);
  CANCEL_ERROR (MESSAGE);
  CANCEL_FORM (MERGER_CHECKED, CLOSURE_CHECKED, REASON, CAUSE_ERROR > MESSAGE, REASON_ERROR > MESSAGE).
}}
<h1 class="page-title">学校设置</h1>
<p class="back-link"><a href="/school/dept/schools">返回学校数据</a> · <a href="/school/dept/centers">中心校管理</a></p>
<section class="panel" aria-labelledby="school-heading">
<h2 id="school-heading" class="section-title">学校信息</h2>
<dl class="detail-list">
<div><dt>学校名称</dt><dd>{{NAME}}</dd></div>
<div><dt>区域</dt><dd>{{REGION}}</dd></div>
<div><dt>学校性质</dt><dd>{{NATURE}}</dd></div>
<div><dt>学校类型</dt><dd>{{TYPE}}</dd></div>
<div><dt>联系人</dt><dd>{{CONTACT}}</dd></div>
<div><dt>联系人手机</dt><dd><span class="nowrap">{{MOBILE}}</span>{{#CAN_REVEAL}} <a href="/school/dept/schools/settings?id={{ID}}&amp;show=mobile">显示完整号码</a>{{/CAN_REVEAL}}</dd></div>
<div><dt>账号状态</dt><dd>{{STATUS_LABEL}}{{#ACCOUNT}}（登录账号：{{LOGIN}}{{#DISABLED}}，已停用{{/DISABLED}}{{#MUST_CHANGE}}，临时密码尚未修改{{/MUST_CHANGE}}）{{/ACCOUNT}}{{#NO_ACCOUNT}}（尚无登录账号）{{/NO_ACCOUNT}}</dd></div>
</dl>
</section>
<section class="panel" aria-labelledby="center-heading">
<h2 id="center-heading" class="section-title">中心校设置</h2>
{{#CENTER_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/CENTER_ERROR}}
<dl class="detail-list">
<div><dt>中心校状态</dt><dd>
{{#IS_CENTER}}中心校（所辖学校 {{SUBORDINATES}} 所）
{{#CAN_UNSET}}<form class="inline-form" method="post" action="/school/dept/schools/settings/center" data-confirm="确认取消该学校的中心校资格？">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="unset">
<button type="submit" class="btn btn-secondary btn-small">取消中心校</button>
<p class="field-hint">仍有所辖学校时不能取消，请先在“中心校管理”中将所辖学校转到其他中心校或移出。</p>
</form>{{/CAN_UNSET}}{{/IS_CENTER}}
{{#NOT_CENTER}}非中心校
{{#CAN_SET}}<form class="inline-form" method="post" action="/school/dept/schools/settings/center">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="action" value="set">
<button type="submit" class="btn btn-primary btn-small">设置为中心校</button>
</form>{{/CAN_SET}}{{/NOT_CENTER}}
</dd></div>
<div><dt>所属中心校</dt><dd>
{{#HAS_CENTER}}{{CENTER_NAME}}
<form class="inline-form" method="post" action="/school/dept/schools/settings/leave" data-confirm="确认将该学校移出中心校“{{CENTER_NAME}}”？">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<button type="submit" class="btn btn-secondary btn-small">移出中心校</button>
</form>{{/HAS_CENTER}}
{{#NO_CENTER}}无{{/NO_CENTER}}
{{#JOIN}}<form class="inline-form" method="post" action="/school/dept/schools/settings/join">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<label for="center_id">加入中心校:</label>
<select id="center_id" name="center_id">
<option value="">请选择...</option>
{{#CENTER_OPTION}}<option value="{{ID}}">{{NAME}}</option>
{{/CENTER_OPTION}}</select>
<button type="submit" class="btn btn-primary btn-small">加入</button>
{{#NO_CHOICES}}<p class="field-hint">本县区（本市直）暂无其他中心校，可先将某所学校设置为中心校。</p>{{/NO_CHOICES}}
</form>{{/JOIN}}
</dd></div>
</dl>
</section>
{{#MANAGE}}<section class="panel" aria-labelledby="manage-heading">
<h2 id="manage-heading" class="section-title">管理操作</h2>
<div class="review-forms">
{{#CAN_RESET}}<form class="review-form" method="post" action="/school/dept/schools/settings/password" data-confirm="确认重置该学校的账号密码？原密码将立即失效。">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<p class="field-hint">系统生成一次性临时密码，通过短信发送至联系人手机 {{MOBILE_MASKED}}；原密码立即失效，学校登录后须立即修改密码。</p>
{{#ACCOUNT_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ACCOUNT_ERROR}}
<button type="submit" class="btn btn-primary">修改账号密码</button>
</form>{{/CAN_RESET}}
<form class="review-form" method="post" action="/school/dept/schools/settings/mobile" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<div class="field{{#MOBILE_ERROR}} has-error{{/MOBILE_ERROR}}">
<label for="mobile">新联系人手机</label>
<input id="mobile" name="mobile" type="tel" inputmode="numeric" maxlength="11" value="{{NEW_MOBILE}}"{{#MOBILE_ERROR}} aria-invalid="true" aria-describedby="mobile-error"{{/MOBILE_ERROR}}>
{{#MOBILE_ERROR}}<p class="field-error" id="mobile-error">{{MESSAGE}}</p>{{/MOBILE_ERROR}}
<p class="field-hint">新号码同时作为学校的登录手机号；新旧号码都会收到短信通知。</p>
</div>
<button type="submit" class="btn btn-primary">修改手机号</button>
</form>
</div>
</section>{{/MANAGE}}
{{#INACTIVE}}<p class="empty">该学校账号不是正常使用状态，不能进行中心校设置、密码和手机号修改。</p>{{/INACTIVE}}
<section class="panel" aria-labelledby="cancel-heading">
<h2 id="cancel-heading" class="section-title">注销账号</h2>
{{#CANCEL_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/CANCEL_ERROR}}
{{#CANCEL_APP}}<dl class="detail-list">
<div><dt>注销申请</dt><dd><span class="badge {{STATUS_BADGE}}">{{STATUS_LABEL}}</span></dd></div>
<div><dt>注销原因</dt><dd>{{CAUSE}}</dd></div>
<div><dt>注销说明</dt><dd class="text-lines">{{REASON:pre_escape}}</dd></div>
<div><dt>提交时间</dt><dd>{{SUBMITTED}}</dd></div>
{{#DECIDED}}<div><dt>审核时间</dt><dd>{{AT}}</dd></div>{{/DECIDED}}
{{#DECISION_REASON}}<div><dt>驳回原因</dt><dd>{{TEXT}}</dd></div>{{/DECISION_REASON}}
</dl>{{/CANCEL_APP}}
{{#CANCEL_FORM}}<form class="form-card" method="post" action="/school/dept/schools/settings/cancel" novalidate data-confirm="确认提交注销申请？管理中心审核通过后，该学校账号将被注销，不能再登录。">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}">
<p class="form-intro">根据省厅要求：学校账号以教学点为单位（含民办）进行注册，请勿因学校合并和注销以外任何原因删除账号。</p>
<fieldset class="field{{#CAUSE_ERROR}} has-error{{/CAUSE_ERROR}}">
<legend class="field-label">注销原因</legend>
<div class="choice-row">
<label class="choice" for="cause-merger"><input type="radio" id="cause-merger" name="cause" value="merger"{{#MERGER_CHECKED}} checked{{/MERGER_CHECKED}}> 学校合并</label>
<label class="choice" for="cause-closure"><input type="radio" id="cause-closure" name="cause" value="closure"{{#CLOSURE_CHECKED}} checked{{/CLOSURE_CHECKED}}> 学校撤销</label>
</div>
{{#CAUSE_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/CAUSE_ERROR}}
</fieldset>
<div class="field{{#REASON_ERROR}} has-error{{/REASON_ERROR}}">
<label for="reason">注销说明（必填，不超过 200 字）</label>
<textarea id="reason" name="reason" maxlength="200"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_ERROR}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p class="field-error" id="reason-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
</div>
<button type="submit" class="btn btn-secondary">提交注销申请</button>
</form>{{/CANCEL_FORM}}
</section>
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
