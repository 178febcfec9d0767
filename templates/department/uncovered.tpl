{{%AUTOESCAPE context="HTML"}}
{{!
  未投保学校 (department/uncovered.cpp). Values: PRODUCT_NAME, Q, F_PRODUCT, F_COUNTY, F_TYPE, F_Q, F_PAGE (the POST
  forms return to this list); CSRF is global. Filters: repeated PRODUCT (ID, NAME, SELECTED), COUNTY_FILTER (city
  accounts) with repeated COUNTY (CODE, NAME, SELECTED), repeated TYPE (NAME, SELECTED).
  Section NO_YEAR, or HAS_YEAR (YEAR_LABEL, TOTAL) with repeated SCHOOL (N, ID, NAME, AREA, TYPE, CONTACT; NEVER or
  REMINDED: AT, SMS_STATUS, SMS_BADGE; TODAY or CAN_REMIND), EMPTY, REMIND_ALL (COUNT),
  PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">未投保学校</h1>
<form class="filter-bar" method="get" action="/school/dept/uncovered" role="search">
<div class="field">
<label for="product">险种</label>
<select id="product" name="product">
{{#PRODUCT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/PRODUCT}}</select>
</div>
{{#COUNTY_FILTER}}<div class="field">
<label for="county">县区</label>
<select id="county" name="county">
<option value="">全部</option>
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</select>
</div>{{/COUNTY_FILTER}}
<div class="field">
<label for="type">学校类型</label>
<select id="type" name="type">
<option value="">全部</option>
{{#TYPE}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/TYPE}}</select>
</div>
<div class="field">
<label for="q">学校名称</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100" placeholder="输入关键字">
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/dept/uncovered">重置</a></div>
</form>
<p class="muted">提醒规则：短信发送至学校明白人的手机号；每所学校每个险种每天（北京时间）最多提醒一次，重复点击不会重复发送。</p>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年。</p>{{/NO_YEAR}}
{{#HAS_YEAR}}<p class="list-summary">{{YEAR_LABEL}} 学年尚未提交“{{PRODUCT_NAME}}”投保数据的学校：共 <strong class="num">{{TOTAL}}</strong> 所。</p>
{{#REMIND_ALL}}<form method="post" action="/school/dept/uncovered/remind-all" data-confirm="确认向当前筛选结果中今天尚未提醒的学校发送提醒短信？"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="product" value="{{F_PRODUCT}}"><input type="hidden" name="county" value="{{F_COUNTY}}"><input type="hidden" name="type" value="{{F_TYPE}}"><input type="hidden" name="q" value="{{F_Q}}"><p class="list-summary"><button type="submit" class="btn btn-primary">全部提醒</button> <span class="muted">向当前筛选结果的全部 {{COUNT}} 所学校（含其他页）中今天尚未提醒的学校发送</span></p></form>{{/REMIND_ALL}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="uncovered-caption">
<table class="data-table">
<caption id="uncovered-caption" class="visually-hidden">未投保学校列表</caption>
<thead>
<tr><th scope="col" class="col-num">排序</th><th scope="col">学校名称</th><th scope="col">县区</th><th scope="col">学校类型</th><th scope="col">明白人</th><th scope="col">最近提醒</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#SCHOOL}}<tr><td class="col-num">{{N}}</td><td>{{NAME}}</td><td class="nowrap">{{AREA}}</td><td>{{TYPE}}</td><td class="nowrap">{{CONTACT}}</td><td class="nowrap">{{#NEVER}}<span class="muted">未提醒</span>{{/NEVER}}{{#REMINDED}}{{AT}} <span class="badge {{SMS_BADGE}}">{{SMS_STATUS}}</span>{{/REMINDED}}</td><td class="nowrap">{{#CAN_REMIND}}<form method="post" action="/school/dept/uncovered/remind"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="product" value="{{F_PRODUCT}}"><input type="hidden" name="county" value="{{F_COUNTY}}"><input type="hidden" name="type" value="{{F_TYPE}}"><input type="hidden" name="q" value="{{F_Q}}"><input type="hidden" name="page" value="{{F_PAGE}}"><button type="submit" class="btn btn-small btn-secondary">短信提醒</button></form>{{/CAN_REMIND}}{{#TODAY}}<span class="muted">今日已提醒</span>{{/TODAY}}</td></tr>
{{/SCHOOL}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的未投保学校。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
{{/HAS_YEAR}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
