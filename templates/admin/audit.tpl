{{%AUTOESCAPE context="HTML"}}
{{!
  审计日志 (newest first, read-only). Filter values: WHO, ACTION, OBJECT_TYPE, OBJECT_ID, FROM, TO, IP; sections
  KIND_school / KIND_department / KIND_insurer / KIND_admin / KIND_anonymous mark the selected account kind;
  WHO_ERROR / ACTION_ERROR / OBJECT_ERROR / DATE_ERROR / IP_ERROR (MESSAGE) with *_INVALID. EXPORT_URL (the
  export of the same filters); EXPORT_ERROR (MESSAGE) when an export was refused. Value TOTAL. Repeated LOG_ROW
  (ID, AT, WHO, KIND, ACTING > SCHOOL, ACTION, OBJECT, IP, DETAIL). Sections EMPTY, PAGER.
}}
<h1 class="page-title">审计日志</h1>
{{#EXPORT_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/EXPORT_ERROR}}
<form class="filter-bar" method="get" action="/school/admin/audit" role="search">
<div class="field{{#WHO_ERROR_INVALID}} has-error{{/WHO_ERROR_INVALID}}">
<label for="who">账号</label>
<input id="who" name="who" type="search" value="{{WHO}}" maxlength="64" placeholder="登录名或账号编号"{{#WHO_ERROR_INVALID}} aria-invalid="true" aria-describedby="who-error"{{/WHO_ERROR_INVALID}}>
{{#WHO_ERROR}}<p id="who-error" class="field-error">{{MESSAGE}}</p>{{/WHO_ERROR}}
</div>
<div class="field">
<label for="kind">账号类型</label>
<select id="kind" name="kind">
<option value="">全部</option>
<option value="school"{{#KIND_school}} selected{{/KIND_school}}>学校</option>
<option value="department"{{#KIND_department}} selected{{/KIND_department}}>教育部门</option>
<option value="insurer"{{#KIND_insurer}} selected{{/KIND_insurer}}>承保机构</option>
<option value="admin"{{#KIND_admin}} selected{{/KIND_admin}}>管理中心</option>
<option value="anonymous"{{#KIND_anonymous}} selected{{/KIND_anonymous}}>未登录</option>
</select>
</div>
<div class="field{{#ACTION_ERROR_INVALID}} has-error{{/ACTION_ERROR_INVALID}}">
<label for="action">操作</label>
<input id="action" name="action" type="search" value="{{ACTION}}" maxlength="64" placeholder="如 login（可填写开头）"{{#ACTION_ERROR_INVALID}} aria-invalid="true" aria-describedby="action-error"{{/ACTION_ERROR_INVALID}}>
{{#ACTION_ERROR}}<p id="action-error" class="field-error">{{MESSAGE}}</p>{{/ACTION_ERROR}}
</div>
<div class="field{{#OBJECT_ERROR_INVALID}} has-error{{/OBJECT_ERROR_INVALID}}">
<label for="object_type">对象类型</label>
<input id="object_type" name="object_type" type="search" value="{{OBJECT_TYPE}}" maxlength="32" placeholder="如 school"{{#OBJECT_ERROR_INVALID}} aria-invalid="true" aria-describedby="object-error"{{/OBJECT_ERROR_INVALID}}>
{{#OBJECT_ERROR}}<p id="object-error" class="field-error">{{MESSAGE}}</p>{{/OBJECT_ERROR}}
</div>
<div class="field">
<label for="object_id">对象编号</label>
<input id="object_id" name="object_id" type="search" value="{{OBJECT_ID}}" maxlength="64">
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
<div class="field{{#IP_ERROR_INVALID}} has-error{{/IP_ERROR_INVALID}}">
<label for="ip">IP 地址</label>
<input id="ip" name="ip" type="search" value="{{IP}}" maxlength="45" placeholder="可填写开头部分"{{#IP_ERROR_INVALID}} aria-invalid="true" aria-describedby="ip-error"{{/IP_ERROR_INVALID}}>
{{#IP_ERROR}}<p id="ip-error" class="field-error">{{MESSAGE}}</p>{{/IP_ERROR}}
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/admin/audit">重置</a> <a class="btn btn-secondary" href="{{EXPORT_URL}}">导出 Excel</a></div>
</form>
<p class="list-summary">共 <strong>{{TOTAL}}</strong> 条记录。时间为北京时间；查看和导出审计日志本身也会记录在审计日志中。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="audit-caption">
<table class="data-table">
<caption id="audit-caption" class="visually-hidden">审计日志</caption>
<thead>
<tr><th scope="col" class="col-num">编号</th><th scope="col">时间</th><th scope="col">账号</th><th scope="col">账号类型</th><th scope="col">操作</th><th scope="col">对象</th><th scope="col">IP 地址</th><th scope="col">详情</th></tr>
</thead>
<tbody>{{#LOG_ROW}}<tr><td class="col-num">{{ID}}</td><td class="nowrap">{{AT}}</td><td>{{WHO}}{{#ACTING}}<br><span class="muted">代管：{{SCHOOL}}</span>{{/ACTING}}</td><td>{{KIND}}</td><td>{{ACTION}}</td><td>{{OBJECT}}</td><td class="nowrap">{{IP}}</td><td>{{DETAIL}}</td></tr>
{{/LOG_ROW}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的审计记录。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
